"""In-process request metrics and the Prometheus text exposition (no extra dependency).

Request counts and latency histograms are per process; queue depth, runs and acceptance come from the
database at scrape time, so they are the same whichever process answers.
"""

from __future__ import annotations

import threading
from collections import defaultdict

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


def _labels(pairs: dict[str, str]) -> str:
    if not pairs:
        return ""
    inner = ",".join(
        f'{k}="{str(v).replace(chr(92), chr(92) * 2).replace(chr(34), chr(92) + chr(34))}"'
        for k, v in sorted(pairs.items())
    )
    return "{" + inner + "}"


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: dict[tuple[str, str, str], int] = defaultdict(int)
        self.latency: dict[str, list[int]] = {}
        self.latency_sum: dict[str, float] = defaultdict(float)
        self.latency_count: dict[str, int] = defaultdict(int)
        self.webhooks: dict[str, int] = defaultdict(int)

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        with self._lock:
            self.requests[(method, route, str(status))] += 1
            buckets = self.latency.setdefault(route, [0] * len(BUCKETS))
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    buckets[i] += 1
            self.latency_sum[route] += seconds
            self.latency_count[route] += 1

    def webhook(self, outcome: str) -> None:
        with self._lock:
            self.webhooks[outcome] += 1

    def render(self, gauges: dict[str, list[tuple[dict[str, str], float]]]) -> str:
        """Prometheus text format 0.0.4; ``gauges`` are read from the database by the caller."""
        out: list[str] = []
        with self._lock:
            out += [
                "# HELP oga_http_requests_total HTTP requests by method, route template and status.",
                "# TYPE oga_http_requests_total counter",
            ]
            for (method, route, status), n in sorted(self.requests.items()):
                out.append(
                    f"oga_http_requests_total{_labels({'method': method, 'route': route, 'status': status})} {n}"
                )
            out += [
                "# HELP oga_http_request_duration_seconds Request latency by route template.",
                "# TYPE oga_http_request_duration_seconds histogram",
            ]
            for route, buckets in sorted(self.latency.items()):
                for bound, n in zip(BUCKETS, buckets, strict=True):
                    out.append(
                        f"oga_http_request_duration_seconds_bucket{_labels({'route': route, 'le': str(bound)})} {n}"
                    )
                count = self.latency_count[route]
                out.append(
                    f"oga_http_request_duration_seconds_bucket{_labels({'route': route, 'le': '+Inf'})} {count}"
                )
                out.append(
                    f"oga_http_request_duration_seconds_sum{_labels({'route': route})} {self.latency_sum[route]:.6f}"
                )
                out.append(f"oga_http_request_duration_seconds_count{_labels({'route': route})} {count}")
            out += [
                "# HELP oga_webhooks_total Webhook deliveries by outcome.",
                "# TYPE oga_webhooks_total counter",
            ]
            for outcome, n in sorted(self.webhooks.items()):
                out.append(f"oga_webhooks_total{_labels({'outcome': outcome})} {n}")
        for name, series in sorted(gauges.items()):
            out += [f"# TYPE {name} gauge"]
            for labels, value in series:
                out.append(f"{name}{_labels(labels)} {value:g}")
        return "\n".join(out) + "\n"
