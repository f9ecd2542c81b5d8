"""The compiled rules a rule index holds: compiled on first use, at most a bounded number.

A worker of a large rule set compiles a rule the first time an article makes it a
candidate. Kept forever, compiled rules would grow with every rule ever evaluated; past
``MAX_COMPILED_RULES`` the least recently used ones (a CLOCK: a rule used since the last
sweep gets a second chance) are dropped and compiled again if needed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from .compiler import release_unheld_matchers
from .rules import CompiledRule, RuleSource, RuleSpec, as_spec

# About 0.5 KB each beside the shared term matchers: at most ~50 MB of compiled rules.
MAX_COMPILED_RULES = 100_000
# Rules dropped between two releases of the shared matchers none of the held rules holds
# (see compiler.release_unheld_matchers): a pass over the tables, about 100,000 entries.
RELEASE_EVERY = 20_000


class CompiledRules:
    """Rule id -> compiled rule, compiling on first use, holding at most ``limit``."""

    def __init__(
        self,
        specs: Sequence[RuleSpec | RuleSource],
        compiled: Sequence[CompiledRule | None] | None = None,
        limit: int = MAX_COMPILED_RULES,
        release_every: int = RELEASE_EVERY,
    ) -> None:
        self.specs = specs
        self.held: list[CompiledRule | None] = (
            list(compiled) if compiled is not None else [None] * len(specs)
        )
        self.used = bytearray(len(self.held))
        self.queue = deque(i for i, rule in enumerate(self.held) if rule is not None)
        self.limit = limit
        self.compiles = 0  # rules compiled so far (again after eviction included): a measure
        self.dropped = 0  # rules dropped since the shared matchers were last released
        self.release_every = release_every

    def __len__(self) -> int:
        """How many compiled rules are held."""
        return sum(rule is not None for rule in self.held)

    def get(self, rule_id: int) -> CompiledRule:
        """The compiled rule, compiled now if it is not held (a race compiles it twice:
        the same)."""
        found = self.held[rule_id]
        if found is not None:
            self.used[rule_id] = 1
            return found
        found = self.held[rule_id] = CompiledRule(as_spec(self.specs[rule_id]))
        self.compiles += 1
        self.queue.append(rule_id)
        if len(self.queue) > self.limit:
            self._evict()
        return found

    def _evict(self) -> None:
        queue, used, held = self.queue, self.used, self.held
        try:
            while len(queue) > self.limit:
                rule_id = queue.popleft()
                if used[rule_id]:
                    used[rule_id] = 0
                    queue.append(rule_id)
                else:
                    held[rule_id] = None
                    self.dropped += 1
        except IndexError:  # another thread emptied the queue meanwhile
            return
        if self.dropped >= self.release_every:
            self.dropped = 0
            release_unheld_matchers()
