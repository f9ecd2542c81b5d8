"""Watch rules: the YAML file's model, the matcher, and hot reloading."""
