"""Settings a desk may change, with their defaults; cheap to import (the CLI reads them early)."""

# "About 1,000" reads as 900 to 1,100: the half-width of a "roughly" band, as a share.
ABOUT_TOLERANCE = 0.1
