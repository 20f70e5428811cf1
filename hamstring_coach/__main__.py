"""``python -m hamstring_coach``: the same as the ``hamstring-coach`` command."""

import sys

from hamstring_coach.launch import main

sys.exit(main())
