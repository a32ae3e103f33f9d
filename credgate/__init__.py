"""credgate: stop AWS credentials and other secrets before they ship, and find the ones that already did."""
from __future__ import annotations

__version__ = "0.1.0"
