'use strict';
// The DuckDB peer of `msp-kpi report` (bench/cli.ts runs it in its own process, so its time and
// peak memory are DuckDB's alone): the same headline KPIs by SQL on the same CSV file.
// Usage: node bench/duckdbPeer.js tickets|ledger FILE → one JSON line of results.
const { DuckDBInstance } = require('@duckdb/node-api');

const TICKETS = `
  SELECT count(*) AS tickets,
    avg(CASE "SLA Met" WHEN 'Yes' THEN 1.0 WHEN 'No' THEN 0.0 END) AS sla,
    avg(epoch("Resolved" - "Created")) / 3600 AS ttrMean,
    median(epoch("Resolved" - "Created")) / 3600 AS ttrMedian,
    count(*) FILTER (WHERE "Resolved" IS NULL) AS backlog
  FROM read_csv($file, header = true, timestampformat = '%Y-%m-%d %H:%M')`;

// MRR movements per month with SPEC §2.1's rules: every month from the first to the last is a
// period, a customer's invoices in a month are summed, the first month is the baseline.
const LEDGER = `
  WITH inv AS (
    SELECT "Customer" AS c, date_trunc('month', "Invoice date") AS m, sum("Monthly amount") AS mrr
    FROM read_csv($file, header = true) GROUP BY ALL),
  months AS (SELECT unnest(generate_series(min(m), max(m), INTERVAL 1 MONTH)) AS m FROM inv),
  grid AS (
    SELECT cs.c, months.m, coalesce(inv.mrr, 0) AS mrr
    FROM (SELECT DISTINCT c FROM inv) cs CROSS JOIN months LEFT JOIN inv ON inv.c = cs.c AND inv.m = months.m),
  w AS (
    SELECT m, mrr, lag(mrr, 1, 0) OVER (PARTITION BY c ORDER BY m) AS prev,
      coalesce(max(mrr) OVER (PARTITION BY c ORDER BY m ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
    FROM grid)
  SELECT strftime(m, '%Y-%m') AS period, sum(prev) AS starting,
    sum(CASE WHEN mrr > 0 AND before = 0 THEN mrr ELSE 0 END) AS new,
    sum(CASE WHEN prev > 0 AND mrr > prev THEN mrr - prev ELSE 0 END) AS expansion,
    sum(CASE WHEN mrr > 0 AND prev = 0 AND before > 0 THEN mrr ELSE 0 END) AS reactivation,
    sum(CASE WHEN prev > 0 AND mrr > 0 AND mrr < prev THEN mrr - prev ELSE 0 END) AS contraction,
    sum(CASE WHEN prev > 0 AND mrr = 0 THEN -prev ELSE 0 END) AS churn,
    sum(mrr) AS ending
  FROM w GROUP BY m ORDER BY m OFFSET 1`;

async function run(kind, file) {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const reader = await connection.runAndReadAll(kind === 'tickets' ? TICKETS : LEDGER, { file });
  const rows = reader.getRowObjectsJson();
  process.stdout.write(`${JSON.stringify(kind === 'tickets' ? rows[0] : rows)}\n`);
}

const [kind, file] = process.argv.slice(2);
run(kind, file).catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
