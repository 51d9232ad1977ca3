"""Report writers: every format is written from the same `Report` object."""
