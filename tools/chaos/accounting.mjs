// What the platform must have done after the load, read straight from the run's own database, Redis
// and mail catcher, and compared with what the clients were told.
import Redis from 'ioredis';

/** Work still under way: the run waits for all of these to reach zero. */
export async function pendingWork(db, redisUrl, prefix, since) {
  const one = async (sql) =>
    Number((await db.query(sql, sql.includes('$1') ? [since] : [])).rows[0].n);
  const pending = {
    'workflow outbox rows not relayed': await one(
      `SELECT count(*) AS n FROM workflow.outbox WHERE relayed_at IS NULL`,
    ),
    'external jobs pending': await one(
      `SELECT count(*) AS n FROM workflow.external_job WHERE status = 'pending'`,
    ),
    'open incidents': await one(
      `SELECT count(*) AS n FROM workflow.incident WHERE resolved_at IS NULL`,
    ),
    'report versions not told to the workflow': await one(
      `SELECT count(*) AS n FROM reporting.report_version WHERE command_sent_at IS NULL`,
    ),
    'report versions the workflow never processed': await one(
      `SELECT count(*) AS n FROM reporting.report_version v
        WHERE v.submitted_at >= $1 AND NOT EXISTS (SELECT 1 FROM workflow.processed_command c WHERE c.command_id = v.command_id)`,
    ),
    'reports not decided (submitted/returned)': await one(
      `SELECT count(*) AS n FROM reporting.report r WHERE status IN ('submitted', 'returned')
          AND EXISTS (SELECT 1 FROM reporting.report_version v WHERE v.report_id = r.id AND v.submitted_at >= $1)`,
    ),
    'halvarsrapport instances not completed': await one(
      `SELECT count(*) AS n FROM workflow.process_instance WHERE definition_key = 'halvarsrapport' AND status <> 'completed'`,
    ),
    'bekymringsmeldinger not told to the workflow': await one(
      `SELECT count(*) AS n FROM bekymringsmelding.concern_message WHERE command_sent_at IS NULL`,
    ),
    'bekymringsmeldinger without an open "Last ned og bekreft" task': await one(
      `SELECT count(*) AS n FROM bekymringsmelding.concern_message m
        WHERE m.confirmed_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM workflow.process_instance i JOIN workflow.user_task t ON t.instance_id = i.id
                           WHERE i.business_key = m.id::text AND t.element_id = 'Task_lastNedOgBekreft' AND t.status = 'open')`,
    ),
    'confirmed bekymringsmeldinger not told to the workflow': await one(
      `SELECT count(*) AS n FROM bekymringsmelding.concern_message WHERE confirmed_at IS NOT NULL AND confirm_sent_at IS NULL`,
    ),
    'confirmed bekymringsmeldinger whose process has not ended': await one(
      `SELECT count(*) AS n FROM bekymringsmelding.concern_message m
        WHERE m.confirmed_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM workflow.process_instance i WHERE i.business_key = m.id::text AND i.status = 'completed')`,
    ),
    'e-mails failed for good': await one(
      `SELECT count(*) AS n FROM notification.sent_email WHERE status = 'failed'`,
    ),
  };
  pending['queue jobs open (waiting, active, due)'] = await openJobs(
    redisUrl,
    prefix,
  );
  return pending;
}

/** Jobs waiting, active, prioritized, paused, or delayed and due within a minute (durable timers further out are expected). */
export async function openJobs(redisUrl, prefix) {
  const redis = new Redis(redisUrl, {
    maxRetriesPerRequest: 1,
    lazyConnect: true,
  });
  try {
    await redis.connect();
    let count = 0;
    const dueBy = (Date.now() + 60_000) * 0x1000;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${prefix}:*`,
        'COUNT',
        1000,
      );
      cursor = next;
      for (const key of keys) {
        const kind = key.slice(key.lastIndexOf(':') + 1);
        if (kind === 'wait' || kind === 'active' || kind === 'paused')
          count += await redis.llen(key);
        else if (kind === 'prioritized' || kind === 'waiting-children')
          count += await redis.zcard(key);
        else if (kind === 'delayed') count += await redis.zcount(key, 0, dueBy);
      }
    } while (cursor !== '0');
    return count;
  } finally {
    redis.disconnect();
  }
}

const tally = () => ({
  sent: 0,
  acknowledged: 0,
  stored: 0,
  lost: 0,
  duplicated: 0,
  notes: [],
});

export async function account(db, record, catcherUrl, since) {
  const rows = async (sql, params) => (await db.query(sql, params)).rows;
  const result = {};

  // Reports: every acknowledged submission is a frozen version with its idempotency key, once.
  const reports = tally();
  const versions = await rows(
    `SELECT v.report_id, v.version, v.idempotency_key, v.command_id, r.unit_id, r.period_id, r.status
       FROM reporting.report_version v JOIN reporting.report r ON r.id = v.report_id
      WHERE v.report_id IN (SELECT report_id FROM reporting.report_version WHERE submitted_at >= $1)`,
    [since],
  );
  const byKey = new Map(versions.map((v) => [v.idempotency_key, v]));
  const ourKeys = new Set(record.submissions.map((s) => s.key));
  reports.sent = record.submissions.length;
  reports.acknowledged = record.submissions.filter(
    (s) => s.status === 'acked',
  ).length;
  reports.stored = versions.filter((v) =>
    ourKeys.has(v.idempotency_key),
  ).length;
  for (const s of record.submissions.filter((x) => x.status === 'acked')) {
    const v = byKey.get(s.key);
    if (!v) {
      reports.lost++;
      reports.notes.push(
        `lost: ${s.kind} ${s.unitId}/${s.periodId} key ${s.key} (codes ${s.codes.join(',')})`,
      );
    } else if (v.report_id !== s.reportId || v.version !== s.version) {
      reports.duplicated++;
      reports.notes.push(
        `acknowledged as ${s.reportId} v${s.version}, stored as ${v.report_id} v${v.version}`,
      );
    }
  }
  // A version nobody asked for (not one of our keys) would be a duplicate of a submission.
  const foreign = versions.filter((v) => !ourKeys.has(v.idempotency_key));
  reports.duplicated += foreign.length;
  for (const v of foreign.slice(0, 5))
    reports.notes.push(
      `version with a key nobody sent: ${v.report_id} v${v.version}`,
    );
  const unacked = record.submissions.filter((s) => s.status !== 'acked');
  reports.notes.push(
    `not acknowledged: ${unacked.length} (${summarise(unacked.map((s) => s.status + (s.refusal ? ' ' + s.refusal : '')))}); of those stored anyway: ${unacked.filter((s) => byKey.has(s.key)).length}; retried requests: ${record.submissions.filter((s) => s.attempts > 1).length}`,
  );
  result.reports = reports;

  // Workflow: one instance per report, one control task per version, every acknowledged decision applied.
  const instances = tally();
  const inst = await rows(
    `SELECT business_key, count(*)::int AS n, array_agg(status) AS statuses
       FROM workflow.process_instance WHERE definition_key = 'halvarsrapport' GROUP BY business_key`,
  );
  const reportsStored = await rows(
    `SELECT r.id, r.unit_id, r.status, r.latest_version, p.year, p.half
       FROM reporting.report r JOIN reporting.reporting_period p ON p.id = r.period_id
      WHERE r.id IN (SELECT report_id FROM reporting.report_version WHERE submitted_at >= $1)`,
    [since],
  );
  const instByKey = new Map(inst.map((i) => [i.business_key, i]));
  instances.sent = reportsStored.length; // reports that must each have one instance
  instances.acknowledged = new Set(
    record.submissions
      .filter((s) => s.status === 'acked')
      .map((s) => s.reportId),
  ).size;
  instances.stored = inst.reduce((sum, i) => sum + i.n, 0);
  for (const r of reportsStored) {
    const i = instByKey.get(`halvarsrapport-${r.unit_id}-${r.year}-${r.half}`);
    if (!i) {
      instances.lost++;
      instances.notes.push(
        `no instance for report ${r.id} (${r.unit_id} ${r.year}-${r.half})`,
      );
    } else if (i.n > 1) {
      instances.duplicated += i.n - 1;
      instances.notes.push(`${i.n} instances for ${i.business_key}`);
    }
  }
  const statusCount = await rows(
    `SELECT status, count(*)::int AS n FROM workflow.process_instance GROUP BY status ORDER BY status`,
  );
  instances.notes.push(
    `all instances (both processes) by status: ${statusCount.map((s) => `${s.status} ${s.n}`).join(', ')}`,
  );
  const approvedReports = reportsStored.filter(
    (r) => r.status === 'approved',
  ).length;
  const forwarded = Number(
    (
      await rows(
        `SELECT count(*)::int AS n FROM workflow.external_job WHERE topic = 'reporting.forward-report' AND status = 'completed'`,
      )
    )[0].n,
  );
  instances.notes.push(
    `reports approved ${approvedReports}, forwarded to Bufdir (jobs completed) ${forwarded}`,
  );
  if (forwarded > approvedReports) {
    instances.duplicated += forwarded - approvedReports;
    instances.notes.push(`more Bufdir forwards than approved reports`);
  }
  result.instances = instances;

  const tasks = tally();
  const control = await rows(
    `SELECT t.id, t.instance_id, t.status, t.completion_key, t.outcome, i.business_key
       FROM workflow.user_task t JOIN workflow.process_instance i ON i.id = t.instance_id
      WHERE t.element_id = 'Task_kontroll'`,
  );
  const taskById = new Map(control.map((t) => [t.id, t]));
  const perInstance = new Map();
  for (const t of control)
    perInstance.set(t.business_key, (perInstance.get(t.business_key) ?? 0) + 1);
  tasks.sent = record.decisions.length;
  tasks.acknowledged = record.decisions.filter(
    (d) => d.status === 'acked',
  ).length;
  tasks.stored = control.filter((t) => t.status === 'completed').length;
  for (const d of record.decisions.filter((x) => x.status === 'acked')) {
    const t = taskById.get(d.taskId);
    if (!t || t.status !== 'completed' || t.completion_key !== d.key) {
      tasks.lost++;
      tasks.notes.push(
        `decision on task ${d.taskId} acknowledged but the task is ${t?.status ?? 'missing'}`,
      );
    }
  }
  // One control task per submitted version: more is a duplicate, fewer is a lost submission.
  for (const r of reportsStored) {
    const key = `halvarsrapport-${r.unit_id}-${r.year}-${r.half}`;
    const n = perInstance.get(key) ?? 0;
    if (n > r.latest_version) {
      tasks.duplicated += n - r.latest_version;
      tasks.notes.push(
        `${n} control tasks for ${key} with ${r.latest_version} versions`,
      );
    } else if (n < r.latest_version) {
      tasks.lost += r.latest_version - n;
      tasks.notes.push(
        `${n} control tasks for ${key} with ${r.latest_version} versions`,
      );
    }
  }
  tasks.notes.push(
    `control tasks ${control.length} (open ${control.filter((t) => t.status === 'open').length}); decisions Nei ${record.decisions.filter((d) => d.status === 'acked' && !d.approved).length}; retried ${record.decisions.filter((d) => d.attempts > 1).length}; not acknowledged ${record.decisions.filter((d) => d.status !== 'acked').length}`,
  );
  result.tasks = tasks;

  // Bekymringsmeldinger: stored once per citizen; the receipt e-mail (unique address) tells whose a row is.
  const concerns = tally();
  const messages = await rows(
    `SELECT id, referanse FROM bekymringsmelding.concern_message`,
  );
  const mails = await fetchMails(catcherUrl);
  const citizenOfRef = new Map();
  for (const mail of mails) {
    const to = mail.to?.[0]?.address ?? '';
    const ref = /BM-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(mail.text ?? '')?.[0];
    const n = /^innbygger-(\d+)@chaos\.test$/.exec(to)?.[1];
    if (ref && n) citizenOfRef.set(ref, Number(n));
  }
  for (const c of record.concerns)
    if (c.referanse) citizenOfRef.set(c.referanse, c.n);
  concerns.sent = record.concerns.length;
  concerns.acknowledged = record.concerns.filter(
    (c) => c.status === 'acked',
  ).length;
  concerns.stored = messages.length;
  const refs = new Set(messages.map((m) => m.referanse));
  for (const c of record.concerns.filter((x) => x.status === 'acked'))
    if (!refs.has(c.referanse)) {
      concerns.lost++;
      concerns.notes.push(`lost: ${c.referanse} (citizen ${c.n})`);
    }
  const rowsPerCitizen = new Map();
  let unknown = 0;
  for (const m of messages) {
    const n = citizenOfRef.get(m.referanse);
    if (n === undefined) unknown++;
    else rowsPerCitizen.set(n, (rowsPerCitizen.get(n) ?? 0) + 1);
  }
  for (const [n, count] of rowsPerCitizen)
    if (count > 1) {
      concerns.duplicated += count - 1;
      concerns.notes.push(
        `citizen ${n}'s bekymringsmelding stored ${count} times (requests: ${record.concerns.find((c) => c.n === n)?.codes.join(',')})`,
      );
    }
  // A row no receipt or answer names: a retry stored twice unless it is the only row of a citizen who got no answer.
  const unanswered = record.concerns.filter(
    (c) => c.status !== 'acked' && !rowsPerCitizen.has(c.n),
  ).length;
  if (unknown > unanswered) {
    concerns.duplicated += unknown - unanswered;
    concerns.notes.push(
      `${unknown} stored rows nobody was told about, ${unanswered} citizens without an answer`,
    );
  }
  const concernInstances = await rows(
    `SELECT business_key, count(*)::int AS n FROM workflow.process_instance WHERE definition_key = 'bekymringsmelding' GROUP BY business_key HAVING count(*) > 1`,
  );
  for (const i of concernInstances) {
    concerns.duplicated += i.n - 1;
    concerns.notes.push(
      `${i.n} workflow instances for bekymringsmelding ${i.business_key}`,
    );
  }
  concerns.notes.push(
    `retried requests ${record.concerns.filter((c) => c.attempts > 1).length}; not acknowledged ${record.concerns.filter((c) => c.status !== 'acked').length} (${summarise(record.concerns.filter((c) => c.status !== 'acked').map((c) => c.status))})`,
  );
  result.concerns = concerns;

  // «Bekreft»: the message is confirmed and its content deleted, its process ended, once.
  const confirms = tally();
  const confirmedRows = await rows(
    `SELECT m.id, m.content IS NULL AS deleted,
            (SELECT count(*)::int FROM bekymringsmelding.concern_audit a WHERE a.message_id = m.id AND a.action = 'confirmed') AS audits,
            (SELECT count(*)::int FROM workflow.process_instance i WHERE i.business_key = m.id::text AND i.status = 'completed') AS ended
       FROM bekymringsmelding.concern_message m WHERE m.confirmed_at IS NOT NULL`,
  );
  const confirmedById = new Map(confirmedRows.map((r) => [r.id, r]));
  confirms.sent = record.confirmations.length;
  confirms.acknowledged = record.confirmations.filter(
    (c) => c.status === 'acked',
  ).length;
  confirms.stored = confirmedRows.filter(
    (r) => r.deleted && r.ended === 1,
  ).length;
  for (const c of record.confirmations.filter((x) => x.status === 'acked')) {
    const r = confirmedById.get(c.id);
    if (!r || !r.deleted || r.ended !== 1) {
      confirms.lost++;
      confirms.notes.push(
        `confirm of ${c.referanse} acknowledged, but ${!r ? 'not confirmed' : !r.deleted ? 'content kept' : 'process not ended'}`,
      );
    }
  }
  for (const r of confirmedRows)
    if (r.audits > 1 || r.ended > 1) {
      confirms.duplicated++;
      confirms.notes.push(
        `message ${r.id} confirmed ${r.audits} times, ${r.ended} ended processes`,
      );
    }
  confirms.notes.push(
    `retried ${record.confirmations.filter((c) => c.attempts > 1).length}; not acknowledged ${record.confirmations.filter((c) => c.status !== 'acked').length}`,
  );
  result.confirmations = confirms;

  // E-mails: every notification the platform owes, sent once (notification.sent_email), and delivered to the SMTP sink.
  const email = tally();
  const jobs = await rows(
    `SELECT j.id, j.topic, i.variables->>'reportingUnitId' AS unit FROM workflow.external_job j JOIN workflow.process_instance i ON i.id = j.instance_id
      WHERE j.topic IN ('identity.notify-report-received', 'identity.notify-report-returned') AND j.status = 'completed'`,
  );
  const sent = await rows(
    `SELECT idempotency_key, template, status, recipient_count FROM notification.sent_email`,
  );
  const undeliverable = await rows(
    `SELECT idempotency_key FROM identity.undeliverable_notification`,
  );
  const sentKeys = sent
    .filter((s) => s.status === 'sent')
    .map((s) => s.idempotency_key);
  const owed = [];
  for (const job of jobs) {
    const mailed = sentKeys.filter((k) => k.startsWith(`${job.id}:`)).length;
    const recorded = undeliverable.some((u) =>
      u.idempotency_key.startsWith(job.id),
    );
    owed.push({ what: job.topic, mailed, ok: mailed > 0 || recorded });
  }
  for (const c of record.concerns.filter((x) => x.status === 'acked')) {
    const mailed = sentKeys.includes(
      `bekymringsmelding-kvittering-${c.referanse}`,
    )
      ? 1
      : 0;
    owed.push({ what: 'concern receipt', mailed, ok: mailed > 0 });
  }
  email.sent = owed.length; // e-mails the platform owes (a step done, a bekymringsmelding acknowledged)
  email.acknowledged = owed.length;
  email.stored = sent
    .filter((s) => s.status === 'sent')
    .reduce((sum, s) => sum + s.recipient_count, 0);
  email.lost = owed.filter((x) => !x.ok).length;
  for (const x of owed.filter((y) => !y.ok).slice(0, 10))
    email.notes.push(`not sent: ${x.what}`);
  // A resend after a crash between SMTP and the sent-record keeps its Message-ID: the recipient's
  // mail system shows one e-mail, so copies are counted apart from duplicates.
  const atSink = new Set(mails.map((mail) => mail.messageId ?? mail.id)).size;
  const copies = mails.length - atSink;
  email.notes.push(
    `at the SMTP sink: ${atSink} e-mails (${copies} resent with the same Message-ID after a crash between SMTP and the sent-record); recorded as sent: ${email.stored}; returned reports with no reporter to e-mail (recorded undeliverable): ${undeliverable.length}`,
  );
  if (atSink > email.stored) {
    email.duplicated = atSink - email.stored;
    email.notes.push(
      `${atSink - email.stored} more distinct e-mails at the SMTP sink than sent`,
    );
  } else if (atSink < email.stored) {
    email.lost += email.stored - atSink;
    email.notes.push(
      `${email.stored - atSink} e-mails recorded as sent never reached the SMTP sink`,
    );
  }
  result.email = email;
  return result;
}

async function fetchMails(catcherUrl) {
  const response = await fetch(`${catcherUrl}/email`);
  if (!response.ok) throw new Error(`mail catcher: HTTP ${response.status}`);
  return response.json();
}

function summarise(items) {
  const counts = new Map();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none';
}
