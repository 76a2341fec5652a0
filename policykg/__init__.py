"""policykg: a bilingual knowledge graph of Mainland–Hong Kong–Shenzhen I&T policy documents."""

from .errors import (
    ConfigError,
    InputError,
    PolicyKGError,
    QueryError,
    StoreError,
    UnsafeQueryError,
)
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "InputError",
    "PolicyKGError",
    "QueryError",
    "Settings",
    "StoreError",
    "UnsafeQueryError",
    "__version__",
]
