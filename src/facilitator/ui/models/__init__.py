"""Thin Qt item models over SQL: an id list plus a lazy row cache (see GUIDE §5)."""
