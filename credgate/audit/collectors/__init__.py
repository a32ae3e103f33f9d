"""One module per AWS service; see :mod:`credgate.audit.registry` for the list."""
