import { renderEmail } from './render-email';

const context = { publicUrl: 'https://rapportering.example.no/' };

describe('rendering e-mails in bokmål', () => {
  describe('report-received', () => {
    const params = {
      unitName: 'Bergen',
      periodName: '1. halvår 2026',
      resubmitted: 'nei',
      path: '/oppgaver',
    };

    it('says a report was submitted, and links to the tasks', () => {
      // when
      const mail = renderEmail('report-received', params, context);

      // then
      expect(mail.subject).toBe('Halvårsrapport fra Bergen er sendt inn');
      expect(mail.text).toContain(
        'Bergen har sendt inn halvårsrapporten for 1. halvår 2026.',
      );
      expect(mail.text).toContain(
        'Gå til oppgaver: https://rapportering.example.no/oppgaver',
      );
      expect(mail.html).toContain(
        '<a href="https://rapportering.example.no/oppgaver">Gå til oppgaver</a>',
      );
    });

    it('says when a corrected report was submitted again', () => {
      const mail = renderEmail(
        'report-received',
        { ...params, resubmitted: 'ja' },
        context,
      );

      expect(mail.subject).toBe(
        'Halvårsrapport fra Bergen er sendt inn på nytt',
      );
      expect(mail.text).toContain('har rettet og sendt inn');
    });

    it('escapes a unit name in the HTML body and keeps the subject on one line', () => {
      const mail = renderEmail(
        'report-received',
        { ...params, unitName: 'Bydel <b>"Gamle" Oslo</b>\r\nBcc: x' },
        context,
      );

      expect(mail.html).toContain(
        'Bydel &lt;b&gt;&quot;Gamle&quot; Oslo&lt;/b&gt;',
      );
      expect(mail.html).not.toContain('<b>');
      expect(mail.subject).not.toMatch(/[\r\n]/);
    });
  });

  describe('report-returned', () => {
    const params = {
      unitName: 'Bergen',
      periodName: '1. halvår 2026',
      message: 'Tallene for fosterhjem mangler.\nSe <punkt 3> & rett.',
      path: '/rapportering/7/4601',
    };

    it('quotes the Statsforvalter’s message and links to the report', () => {
      const mail = renderEmail('report-returned', params, context);

      expect(mail.subject).toBe(
        'Halvårsrapporten for 1. halvår 2026 er sendt tilbake',
      );
      expect(mail.text).toContain(
        '> Tallene for fosterhjem mangler.\n> Se <punkt 3> & rett.',
      );
      expect(mail.text).toContain(
        'https://rapportering.example.no/rapportering/7/4601',
      );
      expect(mail.html).toContain(
        'Tallene for fosterhjem mangler.\nSe &lt;punkt 3&gt; &amp; rett.</blockquote>',
      );
      expect(mail.html).toContain(
        'href="https://rapportering.example.no/rapportering/7/4601"',
      );
    });

    it('refuses a missing message', () => {
      expect(() =>
        renderEmail('report-returned', { ...params, message: '' }, context),
      ).toThrow();
    });
  });

  describe('deadline-reminder', () => {
    const params = {
      unitName: 'Bergen',
      periodName: '1. halvår 2026',
      deadline: '2026-08-05',
      path: '/rapportering',
    };

    it('gives the deadline as dd.mm.yyyy and links to the reporting', () => {
      const mail = renderEmail('deadline-reminder', params, context);

      expect(mail.subject).toBe(
        'Påminnelse: halvårsrapporten for 1. halvår 2026 har frist 05.08.2026',
      );
      expect(mail.text).toContain('Fristen er 05.08.2026.');
      expect(mail.text).toContain(
        'https://rapportering.example.no/rapportering',
      );
      expect(mail.html).toContain('<p>Fristen er 05.08.2026.</p>');
    });

    it('refuses a deadline that is not a date', () => {
      expect(() =>
        renderEmail(
          'deadline-reminder',
          { ...params, deadline: '05.08.2026' },
          context,
        ),
      ).toThrow();
    });
  });

  it('keeps a path prefix of the public URL in links', () => {
    const mail = renderEmail(
      'report-received',
      {
        unitName: 'Bergen',
        periodName: '1. halvår 2026',
        resubmitted: 'nei',
        path: '/oppgaver',
      },
      { publicUrl: 'https://example.no/barnevern' },
    );

    expect(mail.text).toContain('https://example.no/barnevern/oppgaver');
  });

  describe('access applications', () => {
    it('tells the approvers who applied, for what, and links to the tasks', () => {
      const mail = renderEmail(
        'access-application-received',
        {
          applicantName: 'Ingrid Berg',
          represents: 'Trondheim',
          path: '/oppgaver',
        },
        context,
      );

      expect(mail.subject).toBe(
        'Ny søknad om tilgang til utrapportering fra Ingrid Berg',
      );
      expect(mail.text).toContain(
        'Ingrid Berg (Trondheim) har søkt om tilgang',
      );
      expect(mail.text).toContain('https://rapportering.example.no/oppgaver');
    });

    it('tells the applicant the decision either way', () => {
      const params = { represents: 'Trondheim', path: '/utrapportering' };

      const approved = renderEmail(
        'access-decision',
        { ...params, approved: 'ja' },
        context,
      );
      const rejected = renderEmail(
        'access-decision',
        { ...params, approved: 'nei' },
        context,
      );

      expect(approved.subject).toBe('Du har fått tilgang til utrapportering');
      expect(approved.text).toContain(
        'Gå til utrapportering: https://rapportering.example.no/utrapportering',
      );
      expect(rejected.subject).toBe(
        'Søknaden om tilgang til utrapportering er avslått',
      );
      expect(rejected.text).toContain('er ikke godkjent');
    });
  });

  describe('bekymringsmelding', () => {
    const received = {
      recipientName: 'Bergen kommune, bydel Bergenhus',
      reference: 'BM-2026-000123',
      sentAt: '5. desember 2026 kl. 09.14',
    };

    it('tells the sender it was received, where, when, and what happens next', () => {
      const mail = renderEmail('concern-received', received, context);

      expect(mail.subject).toBe('Vi har mottatt bekymringsmeldingen din');
      expect(mail.text).toContain(
        'Barneverntjenesten i Bergen kommune, bydel Bergenhus har mottatt bekymringsmeldingen din 5. desember 2026 kl. 09.14.',
      );
      expect(mail.text).toContain('Referansen er BM-2026-000123.');
      expect(mail.text).toContain('taushetsplikt');
      expect(mail.text).toContain('ring 112');
      expect(mail.text).toContain('barnevernvakten');
      expect(mail.text).toContain(
        'https://rapportering.example.no/bekymringsmelding',
      );
      expect(mail.html).toContain('<p>Referansen er BM-2026-000123.</p>');
    });

    it('refuses a receipt without a reference', () => {
      expect(() =>
        renderEmail(
          'concern-received',
          { ...received, reference: '' },
          context,
        ),
      ).toThrow();
    });

    it('alerts the kommune that a message waits for download, without content, and links to it', () => {
      const mail = renderEmail(
        'concern-alert',
        {
          recipientName: 'Bergen kommune, bydel Bergenhus',
          receivedAt: '3. desember 2026 kl. 14.02',
          path: '/bekymringsmelding/motta',
        },
        context,
      );

      expect(mail.subject).toBe(
        'Bekymringsmelding venter på nedlasting – Bergen kommune, bydel Bergenhus',
      );
      expect(mail.text).toContain(
        'mottatt 3. desember 2026 kl. 14.02, er ikke lastet ned og bekreftet mottatt.',
      );
      expect(mail.text).toContain('sendt som brevpost');
      expect(mail.text).toContain(
        'Gå til Motta bekymringsmeldinger: https://rapportering.example.no/bekymringsmelding/motta',
      );
      expect(mail.html).toContain(
        '<a href="https://rapportering.example.no/bekymringsmelding/motta">Gå til Motta bekymringsmeldinger</a>',
      );
    });

    it('refuses an alert link that is not a path in the app', () => {
      expect(() =>
        renderEmail(
          'concern-alert',
          {
            recipientName: 'Bergen kommune',
            receivedAt: '3. desember 2026 kl. 14.02',
            path: 'https://evil.example/',
          },
          context,
        ),
      ).toThrow();
    });
  });
});
