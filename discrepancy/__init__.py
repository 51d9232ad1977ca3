"""discrepancy: find where reports of one news story disagree on facts."""

__version__ = "0.1.0"
