"""python -m discrepancy: the same as the `discrepancy` command."""

from discrepancy.cli import main

main()
