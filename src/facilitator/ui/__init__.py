"""Widgets, dialogs and item models. They talk to services, never to SQL directly."""
