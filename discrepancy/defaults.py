"""Settings a desk may change, with their defaults; cheap to import (the CLI reads them early)."""

# "About 1,000" reads as 900 to 1,100: the half-width of a "roughly" band, as a share.
ABOUT_TOLERANCE = 0.1

# The largest input read, in bytes: a file over it is reported and left out, so one runaway
# feed cannot exhaust memory (`--max-bytes` changes it).
MAX_BYTES = 50 * 1000 * 1000
