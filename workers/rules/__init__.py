"""Watch rules from config/rules.yaml: model (pydantic shape), positions and diagnostics
(problems at line:column), checks (validate and compile every rule), matcher (the rule set
and what a match reports), loader (load, check, hot reload), state (published to Redis) and
report (text for `rules test` and `match`). The query language is :mod:`workers.query`."""
