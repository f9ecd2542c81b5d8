"""History: the archive of processed articles and of alert decisions and deliveries.

Kept in Redis for ``NEWSWATCH_ARCHIVE_DAYS``; read by ``newswatch backtest``,
``newswatch alerts history`` and the web console.

* :mod:`archive`: the article archive's store and its read API (``list_entries``,
  ``get_entry``, ``count_entries``, ``bytes_used``, ``iter_entries``), with retention and
  the byte cap (``trim``).
* :mod:`prefilter`: the word filter stored with each article, and the probe a backtest uses
  to skip articles without decompressing them.
* :mod:`estimate`: how many messages a delivery policy would have sent (backtest).
"""
