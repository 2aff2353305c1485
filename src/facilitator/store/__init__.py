"""Storage: the SQLite document through sqlite-utils. No Qt widgets here."""
