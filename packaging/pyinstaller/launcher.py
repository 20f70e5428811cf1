"""The bundle's entry point: the same as the ``hamstring-coach`` command."""

import sys

from hamstring_coach.cli import main

if __name__ == "__main__":
    sys.exit(main())
