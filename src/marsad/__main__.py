"""``python -m marsad`` runs the command line, like the ``marsad`` command."""

from .cli import main

main()
