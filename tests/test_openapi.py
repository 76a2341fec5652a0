"""Requests generated from the API's own OpenAPI document (schemathesis): whatever a
client sends to a documented route, the answer is never a server error."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from policykg.api.app import create_app

EXAMPLES_PER_OPERATION = 40


def test_no_generated_request_gets_a_server_error(corpus_store, settings):
    app = create_app(corpus_store, settings.with_(query_timeout=5.0))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8  # every documented route, not a silent subset
    calls: list[int] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @hypothesis_settings(
            max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True,
            suppress_health_check=list(HealthCheck), database=None,
        )  # fmt: skip
        def check(case) -> None:
            response = case.call()
            calls.append(response.status_code)
            assert response.status_code < 500, (
                case.method, case.formatted_path, case.query, response.text[:300]
            )  # fmt: skip

        check()
    assert len(calls) > 100
