"""The laptop's addresses that phones on the same Wi-Fi can reach."""

from __future__ import annotations

import ipaddress
import socket

LOOPBACK = "127.0.0.1"


def _routed_address() -> str | None:
    """The address the laptop would send from; no packet leaves (UDP connect only)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere
        return str(probe.getsockname()[0])
    except OSError:
        return None
    finally:
        probe.close()


def _named_addresses() -> list[str]:
    try:
        found = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    return [str(info[4][0]) for info in found]


def lan_addresses() -> list[str]:
    """Addresses to offer, the likeliest first; loopback last, for this laptop alone."""
    seen: list[str] = []
    for address in [_routed_address(), *_named_addresses()]:
        if address is None or address in seen:
            continue
        parsed = ipaddress.ip_address(address)
        if parsed.is_loopback or parsed.is_link_local or parsed.is_unspecified:
            continue
        seen.append(address)
    private = [a for a in seen if ipaddress.ip_address(a).is_private]
    return [*private, *(a for a in seen if a not in private), LOOPBACK]
