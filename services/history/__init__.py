"""History: the archive of processed articles and of alert decisions and deliveries.

Kept in Redis for ``NEWSWATCH_ARCHIVE_DAYS``; read by ``newswatch backtest``,
``newswatch alerts history`` and the web console.
"""
