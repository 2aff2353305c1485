"""Use cases: what a user can do, without widgets. The UI and the CLI both call these."""
