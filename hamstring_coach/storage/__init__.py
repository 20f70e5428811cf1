"""Where the user's data lives: the data folder, the SQLite history file and its queries.

No Qt here, and nothing from hamstring_coach.core or hamstring_coach.ui.
"""
