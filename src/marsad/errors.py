"""marsad's errors: one small tree, each message saying what to do next.

    MarsadError
    ├── SettingsError      a setting has a bad name or value
    ├── InputError         a path given by the user cannot be read at all (not one bad document in a batch:
    │                      those become Rejection records and the batch goes on)
    ├── StoreError         the database cannot be opened, or its schema is newer than this marsad
    └── BackendError       an optional backend (a model, an extra) is not installed or fails to load

The CLI translates these, and only these, into a one-line message and an exit code; anything else is a bug and
keeps its traceback.
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base of every error marsad raises on purpose."""


class SettingsError(MarsadError, ValueError):
    pass


class InputError(MarsadError):
    pass


class StoreError(MarsadError):
    pass


class BackendError(MarsadError):
    pass
