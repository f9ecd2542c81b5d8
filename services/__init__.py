"""newswatch services: the long-running processes and what they share."""
