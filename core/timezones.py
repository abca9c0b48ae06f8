"""Which time zone a place is in, from its coordinates (offline, bundled data)."""

from __future__ import annotations

import tzfpy


def zone_at(*, latitude: float, longitude: float) -> str | None:
    """Return the IANA zone at a point, or None for a point outside every zone."""
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    zone: str = tzfpy.get_tz(longitude, latitude)
    return zone or None
