"""The detection engine: rules as data, one-pass matcher, filters, baseline."""
