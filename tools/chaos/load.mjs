// The load: kommuner's case systems submitting half-year reports, Statsforvalter caseworkers deciding
// them in their inbox, citizens sending bekymringsmeldinger. Every request is recorded as the client
// saw it, for the accounting afterwards.
import { randomUUID } from 'node:crypto';
import { Browser, call, withRetries } from './clients.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const jitter = (ms) => ms / 2 + Math.random() * ms;

/**
 * @param {object} o
 * @param {string} o.gateway
 * @param {string} o.provider dev-idporten
 * @param {string} o.concernUrl the bekymringsmelding service itself (the gateway allows 10 a minute per address)
 * @param {Record<string, unknown>} o.values a valid unit report
 * @param {{ unitId: string, kommune: string, officeId: string, periodId: number }[]} o.slots
 * @param {Record<string, import('./clients.mjs').CaseSystem>} o.caseSystems by kommune number
 * @param {{ name: string, pid: string }[]} o.controllers Statsforvalter caseworkers
 */
export function createLoad(o) {
  const record = {
    submissions: [],
    decisions: [],
    concerns: [],
    confirmations: [],
    errors: [],
    logins: 0,
    relogins: 0,
  };
  const slots = [...o.slots];
  const resubmits = [];
  const claimed = new Set();
  let producing = true; // new reports and bekymringsmeldinger
  let working = true; // caseworkers and corrections (also while draining)

  async function submit(slot, kind) {
    const cs = o.caseSystems[slot.kommune];
    const entry = {
      kind,
      ...slot,
      key: randomUUID(),
      sentAt: Date.now(),
      status: 'pending',
      codes: [],
    };
    record.submissions.push(entry);
    const url = `${o.gateway}/api/reporting/periods/${slot.periodId}/units/${slot.unitId}/report/submit`;
    const reply = await withRetries(
      async () => {
        const token = await cs.token();
        if (!token) {
          entry.codes.push('token');
          return { status: 0 };
        }
        const res = await call('POST', url, {
          headers: { authorization: `Bearer ${token}` },
          body: { values: o.values, idempotencyKey: entry.key },
        });
        entry.codes.push(res.status);
        if (res.status === 401) {
          cs.forget();
          return { ...res, status: 503 }; // a new token, then the same request again
        }
        return res;
      },
      { giveUpMs: 120_000 },
    );
    entry.attempts = reply.attempts;
    if (reply.status >= 200 && reply.status < 300) {
      entry.status = 'acked';
      entry.reportId = reply.body.reportId;
      entry.version = reply.body.version;
      entry.repeated = reply.body.repeated;
    } else if (reply.gaveUp) entry.status = 'gave-up';
    else {
      entry.status = 'refused';
      entry.refusal = `${reply.status} ${reply.body?.code ?? ''}`;
    }
    return entry;
  }

  async function reporter() {
    while (working) {
      const due = resubmits.findIndex((r) => r.notBefore <= Date.now());
      if (due >= 0) {
        const [item] = resubmits.splice(due, 1);
        const entry = await submit(item.slot, 'resubmit');
        // Not returned yet (the return is still on its way): the kommune tries again later.
        if (entry.status === 'refused' && entry.refusal.startsWith('409')) {
          record.submissions.splice(record.submissions.indexOf(entry), 1);
          resubmits.push({ ...item, notBefore: Date.now() + 2000 });
        }
      } else if (producing && slots.length) {
        await submit(slots.shift(), 'first');
      } else {
        await sleep(300);
        continue;
      }
      await sleep(jitter(o.reporterPauseMs ?? 400));
    }
  }

  /** A person in the SPA: logged in at ID-porten; a lost session means logging in again, as the person would. */
  async function session(person) {
    const browser = new Browser(o.gateway, o.provider);
    const logIn = async () => {
      for (;;) {
        try {
          await browser.logIn(person.pid);
          record.logins++;
          return;
        } catch {
          await sleep(1000);
          if (!working) return;
        }
      }
    };
    await logIn();
    /** An API call as the SPA makes it; a lost session means logging in again, as the person would. */
    const api = async (method, path, body) => {
      for (;;) {
        const res = await browser.api(method, path, body);
        if (res.status !== 401 || !working) return res;
        record.relogins++;
        browser.cookies.clear();
        await logIn();
      }
    };
    return api;
  }

  async function controller(person) {
    const api = await session(person);
    while (working) {
      const list = await withRetries(
        () => api('GET', '/api/workflow/tasks?state=open&pageSize=50'),
        {
          shouldStop: () => !working,
        },
      );
      const tasks = (list.body?.items ?? []).filter(
        (t) => t.name === 'Kontroll statsforvalter' && !claimed.has(t.id),
      );
      if (!tasks.length) {
        await sleep(500);
        continue;
      }
      const task = tasks[Math.floor(Math.random() * tasks.length)];
      claimed.add(task.id);
      const detail = await withRetries(
        () => api('GET', `/api/workflow/tasks/${task.id}`),
        { shouldStop: () => !working },
      );
      if (detail.status !== 200) {
        claimed.delete(task.id);
        continue;
      }
      const v = detail.body.variables;
      const approved = !(
        v.reportVersion === 1 && Math.random() < (o.returnShare ?? 0.25)
      );
      const entry = {
        taskId: task.id,
        instanceId: task.processInstanceId,
        reportId: v.reportId,
        reportVersion: v.reportVersion,
        unitId: task.reportingUnit.id,
        approved,
        key: `decision-${task.id}`,
        status: 'pending',
        codes: [],
      };
      record.decisions.push(entry);
      const reply = await withRetries(
        async () => {
          const res = await api(
            'POST',
            `/api/workflow/tasks/${task.id}/complete`,
            {
              idempotencyKey: entry.key,
              variables: approved
                ? { approved: true }
                : {
                    approved: false,
                    returnMessage:
                      'Tallene i A3 stemmer ikke. Rett og send inn på nytt.',
                  },
            },
          );
          entry.codes.push(res.status);
          return res;
        },
        { giveUpMs: 120_000 },
      );
      entry.attempts = reply.attempts;
      if (reply.status === 200) {
        entry.status = 'acked';
        if (!approved) {
          const slot = o.slots.find(
            (s) => s.unitId === entry.unitId && s.periodId === v.periodId,
          );
          resubmits.push({
            slot,
            reportId: v.reportId,
            notBefore: Date.now() + 1500,
          });
        }
      } else {
        entry.status = reply.gaveUp
          ? 'gave-up'
          : `refused ${reply.status} ${reply.body?.code ?? ''}`;
        claimed.delete(task.id); // still open: it comes back in the inbox
      }
      await sleep(jitter(o.controllerPauseMs ?? 300));
    }
  }

  /**
   * A concern caseworker in «Motta bekymringsmeldinger»: downloads every other message as PDF and
   * confirms it («Bekreft»); the rest wait for the 2-working-day alert. A confirm retried after a lost
   * answer is told it is already confirmed (409), which is the answer it wanted.
   */
  async function concernCaseworker(person) {
    const api = await session(person);
    const seen = new Set();
    while (working) {
      const list = await withRetries(
        () => api('GET', '/api/bekymringsmelding/mottak'),
        { shouldStop: () => !working },
      );
      const fresh = (
        Array.isArray(list.body) ? list.body : (list.body?.items ?? [])
      ).filter(
        (m) => !seen.has(m.id) && !m.bekreftet && m.status === 'AKSEPTERT',
      );
      if (!fresh.length) {
        await sleep(1000);
        continue;
      }
      for (const message of fresh) {
        seen.add(message.id);
        if (parseInt(message.id.slice(-1), 16) % 2) continue;
        const entry = {
          id: message.id,
          referanse: message.referanse,
          status: 'pending',
          codes: [],
        };
        record.confirmations.push(entry);
        const pdf = await withRetries(
          () => api('GET', `/api/bekymringsmelding/mottak/${message.id}/pdf`),
          { giveUpMs: 120_000 },
        );
        entry.codes.push(`pdf ${pdf.status}`);
        if (pdf.status !== 200) {
          entry.status = `download ${pdf.status}`;
          continue;
        }
        const reply = await withRetries(
          async () => {
            const res = await api(
              'POST',
              `/api/bekymringsmelding/mottak/${message.id}/bekreft`,
            );
            entry.codes.push(res.status);
            return res;
          },
          { giveUpMs: 120_000 },
        );
        entry.attempts = reply.attempts;
        const alreadyAfterRetry = reply.status === 409 && reply.attempts > 1;
        if (reply.status === 200 || alreadyAfterRetry) entry.status = 'acked';
        else
          entry.status = reply.gaveUp
            ? 'gave-up'
            : `refused ${reply.status} ${reply.body?.code ?? ''}`;
        await sleep(jitter(o.controllerPauseMs ?? 300));
        if (!working) break;
      }
    }
  }

  let citizenNo = 0;
  async function citizen() {
    while (producing) {
      const n = ++citizenNo;
      const entry = {
        n,
        email: `innbygger-${n}@chaos.test`,
        status: 'pending',
        codes: [],
      };
      record.concerns.push(entry);
      const reply = await withRetries(
        async () => {
          const res = await call('POST', `${o.concernUrl}/meldinger/privat`, {
            body: {
              kommunenummer: '4601',
              privatMelder: {
                personnavn: 'Synne Syntetisk',
                telefonnummer: '90000000',
              },
              privatBarn: [
                {
                  personnavn: 'Lillegutt Testesen',
                  adresse: {
                    adresselinje1: 'Testveien 1',
                    postnummer: '5003',
                    poststed: 'Bergen',
                  },
                  antattAlder: '6 år',
                },
              ],
              melding: `Kaostest melding nummer ${n}.`,
              kvitteringEpost: entry.email,
            },
          });
          entry.codes.push(res.status);
          return res;
        },
        { giveUpMs: 120_000 },
      );
      entry.attempts = reply.attempts;
      if (reply.status === 201 || reply.status === 200) {
        entry.status = 'acked';
        entry.referanse = reply.body.referanse;
      } else
        entry.status = reply.gaveUp ? 'gave-up' : `refused ${reply.status}`;
      await sleep(jitter(o.citizenPauseMs ?? 800));
    }
  }

  const running = [];
  const guard = (promise) =>
    running.push(
      promise.catch((error) =>
        record.errors.push(error.stack ?? String(error)),
      ),
    );
  return {
    record,
    start() {
      for (let i = 0; i < (o.reporters ?? 3); i++) guard(reporter());
      for (const person of o.controllers) guard(controller(person));
      for (const person of o.concernCaseworkers ?? [])
        guard(concernCaseworker(person));
      for (let i = 0; i < (o.citizens ?? 1); i++) guard(citizen());
    },
    /** No new reports or bekymringsmeldinger; decisions and corrections go on. */
    stopProducing() {
      producing = false;
    },
    pendingResubmits: () => resubmits.length,
    slotsLeft: () => slots.length,
    async stop() {
      producing = false;
      working = false;
      await Promise.all(running);
    },
  };
}
