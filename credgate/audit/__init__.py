"""Audit of deployed AWS resources (``credgate aws``).

Layout:

* :mod:`credgate.audit.base`       the collector contract (``Item``, ``Context``), pagination and error helpers
* :mod:`credgate.audit.decode`     base64 / gzip / MIME multipart / zip / tar decoding of collected content
* :mod:`credgate.audit.collectors` one module per service; each yields ``Item`` and ``Skip``
* :mod:`credgate.audit.registry`   the explicit registry of collectors (name -> module)
* :mod:`credgate.audit.accounts`   current account, assumed roles, AWS Organizations
* :mod:`credgate.audit.runner`     regions x services x accounts, concurrency, sharding, state, scanning
* :mod:`credgate.audit.state`      the incremental state file (hashes only, never secrets)
* :mod:`credgate.audit.export`     Security Hub, SNS, EventBridge and JSON-lines exporters (redacted only)

Nothing here is imported on the hook path; boto3 is imported only inside functions.
"""
from __future__ import annotations
