"""RQ job code: decode, clean, match, and decide alerts for each article."""
