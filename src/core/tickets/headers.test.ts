import { HEADER_TABLES, type Role, acceptedHeaders, classifyHeader, detectColumns, headerKey } from './headers';

/** Role → column index, for compact expectations. */
function roles(headers: string[]): Partial<Record<Role, number>> {
  return Object.fromEntries(Object.entries(detectColumns(headers)).map(([role, c]) => [role, c!.index]));
}

describe('ticket header detection', () => {
  it('ConnectWise PSA export and API field names', () => {
    expect(
      roles([
        'Ticket #',
        'Company',
        'Priority',
        'Status',
        'Date Entered',
        'Date Responded',
        'Date Resolved',
        'isInSla',
        'Actual Hours',
      ]),
    ).toEqual({
      id: 0,
      client: 1,
      priority: 2,
      status: 3,
      created: 4,
      firstResponse: 5,
      resolved: 6,
      slaMet: 7,
      hours: 8,
    });
    const api = detectColumns(['id', 'company', 'dateEntered', 'respondMinutes', 'resolveMinutes', 'closedDate']);
    expect(api.created?.index).toBe(2);
    expect(api.firstResponseTime).toEqual({ index: 3, header: 'respondMinutes', hoursPerUnit: 1 / 60 });
    expect(api.resolutionTime).toEqual({ index: 4, header: 'resolveMinutes', hoursPerUnit: 1 / 60 });
    // closedDate is the closed time, read where a resolved time is blank
    expect(api.closed?.index).toBe(5);
  });

  it('Autotask export', () => {
    expect(
      roles([
        'Ticket Number',
        'Account',
        'Priority',
        'Status',
        'Create Date',
        'First Response Date Time',
        'Resolved Date Time',
        'Resolved Due Date Time',
        'Service Level Agreement Has Been Met',
        'Total Hours Worked',
      ]),
    ).toEqual({
      id: 0,
      client: 1,
      priority: 2,
      status: 3,
      created: 4,
      firstResponse: 5,
      resolved: 6,
      due: 7,
      slaMet: 8,
      hours: 9,
    });
  });

  it('HaloPSA field names', () => {
    expect(
      roles([
        'faultid',
        'client_name',
        'dateoccurred',
        'responsedate',
        'datecleared',
        'fixbydate',
        'slaresponsestate',
        'timetaken',
      ]),
    ).toEqual({
      id: 0,
      client: 1,
      created: 2,
      firstResponse: 3,
      resolved: 4,
      due: 5,
      slaMet: 6,
      hours: 7,
    });
    expect(roles(['Ticket ID', 'Client', 'Date Logged', 'Date Closed', 'Fix By Date'])).toEqual({
      id: 0,
      client: 1,
      created: 2,
      closed: 3,
      due: 4,
    });
  });

  it('Zendesk export: minutes columns, the calendar-hours one rather than its business-hours twin', () => {
    const z = detectColumns([
      'Id',
      'Organization',
      'Status',
      'Created at',
      'Solved at',
      'First reply time in minutes within business hours',
      'First reply time in minutes',
      'Full resolution time in minutes',
      'Full resolution time in minutes within business hours',
    ]);
    expect(z.id?.index).toBe(0);
    expect(z.client?.index).toBe(1);
    expect(z.created?.index).toBe(3);
    expect(z.resolved?.index).toBe(4);
    expect(z.firstResponseTime).toEqual({ index: 6, header: 'First reply time in minutes', hoursPerUnit: 1 / 60 });
    expect(z.resolutionTime?.index).toBe(7);
  });

  it('Freshdesk / Freshservice export: "(in hrs)" durations, Resolution status as the SLA flag, resolved before closed', () => {
    const f = detectColumns([
      'Ticket ID',
      'Status',
      'Priority',
      'Company Name',
      'Created time',
      'Due by Time',
      'Closed time',
      'Resolved time',
      'Initial response time',
      'First response time (in hrs)',
      'Resolution time (in hrs)',
      'First response status',
      'Resolution status',
      'Time tracked',
    ]);
    expect(f.created?.index).toBe(4);
    expect(f.due?.index).toBe(5);
    expect(f.resolved?.index).toBe(7);
    expect(f.firstResponse?.index).toBe(8);
    expect(f.firstResponseTime).toEqual({ index: 9, header: 'First response time (in hrs)', hoursPerUnit: 1 });
    expect(f.resolutionTime?.index).toBe(10);
    expect(f.slaMet?.index).toBe(12);
    expect(f.hours?.index).toBe(13);
  });

  it('Syncro export', () => {
    expect(roles(['Ticket Number', 'Customer Business', 'Status', 'Created', 'Resolved at', 'Total Hours'])).toEqual({
      id: 0,
      client: 1,
      status: 2,
      created: 3,
      resolved: 4,
      hours: 5,
    });
  });

  it('French, Dutch, Italian and German headers', () => {
    const all = {
      id: 0,
      client: 1,
      priority: 2,
      status: 3,
      created: 4,
      firstResponse: 5,
      resolved: 6,
      due: 7,
      slaMet: 8,
      firstContact: 9,
      hours: 10,
    };
    expect(
      roles([
        'N° de ticket',
        'Société',
        'Priorité',
        'Statut',
        'Date de création',
        'Première réponse',
        'Date de résolution',
        'Échéance',
        'SLA respecté',
        'Résolu au premier contact',
        'Temps passé',
      ]),
    ).toEqual(all);
    expect(
      roles([
        'Ticketnummer',
        'Klant',
        'Prioriteit',
        'Status',
        'Aangemaakt op',
        'Eerste reactie',
        'Opgelost op',
        'Vervaldatum',
        'Binnen SLA',
        'Opgelost bij eerste contact',
        'Bestede uren',
      ]),
    ).toEqual(all);
    expect(
      roles([
        'Numero ticket',
        'Cliente',
        'Priorità',
        'Stato',
        'Data creazione',
        'Prima risposta',
        'Data risoluzione',
        'Scadenza SLA',
        'SLA rispettato',
        'Risolto al primo contatto',
        'Ore lavorate',
      ]),
    ).toEqual(all);
    expect(
      roles([
        'Ticket-Nr.',
        'Kunde',
        'Priorität',
        'Status',
        'Erstellt am',
        'Erste Antwort',
        'Gelöst am',
        'Fällig am',
        'SLA eingehalten',
        'Beim ersten Kontakt gelöst',
        'Aufwand (Std.)',
      ]),
    ).toEqual(all);
  });

  it('duration headers are recognised by their unit, in every language', () => {
    expect(classifyHeader('Temps de première réponse (heures)')).toMatchObject({
      role: 'firstResponseTime',
      hoursPerUnit: 1,
    });
    expect(classifyHeader('Eerste reactietijd (minuten)')).toMatchObject({
      role: 'firstResponseTime',
      hoursPerUnit: 1 / 60,
    });
    expect(classifyHeader('Tempo di prima risposta (ore)')).toMatchObject({
      role: 'firstResponseTime',
      hoursPerUnit: 1,
    });
    expect(classifyHeader('Erste Antwortzeit in Minuten')).toMatchObject({
      role: 'firstResponseTime',
      hoursPerUnit: 1 / 60,
    });
    expect(classifyHeader('Oplostijd (uren)')).toMatchObject({ role: 'resolutionTime', hoursPerUnit: 1 });
    expect(classifyHeader('Tempo di risoluzione (minuti)')).toMatchObject({
      role: 'resolutionTime',
      hoursPerUnit: 1 / 60,
    });
    expect(classifyHeader('Time spent (mins)')).toMatchObject({ role: 'hours', hoursPerUnit: 1 / 60 });
    expect(classifyHeader('Stunden')).toMatchObject({ role: 'hours', hoursPerUnit: 1 });
    expect(classifyHeader('Heures')).toMatchObject({ role: 'hours', hoursPerUnit: 1 });
    // Without a unit a response "time" could be a timestamp or a duration: not guessed.
    expect(classifyHeader('First response time')).toBeUndefined();
  });

  it('ignores case, accents, spaces, punctuation, camelCase and time-zone tags', () => {
    for (const h of ['  CREATED_AT ', 'created-at', 'createdAt', 'Created at (UTC)', 'created.at'])
      expect(classifyHeader(h)?.role).toBe('created');
    for (const h of ['cree le', 'CRÉÉ LE', 'Créé-le']) expect(classifyHeader(h)?.role).toBe('created');
    expect(headerKey('Résolu au premier contact')).toBe('resoluaupremiercontact');
    expect(classifyHeader('Subject')).toBeUndefined();
  });

  it('with several candidates, the earlier vocabulary entry wins, then the leftmost column', () => {
    expect(detectColumns(['Closed', 'Resolved']).resolved?.index).toBe(1);
    expect(detectColumns(['Company', 'Company']).client?.index).toBe(0);
  });

  it('the vocabulary is consistent: every entry is found as its own role, no header belongs to two roles', () => {
    const owner = new Map<string, Role>();
    for (const table of HEADER_TABLES) {
      for (const words of Object.values(table.headers)) {
        for (const h of words) {
          expect([h, classifyHeader(h)?.role]).toEqual([h, table.role]);
          const key = headerKey(h);
          expect([h, owner.get(key) ?? table.role]).toEqual([h, table.role]);
          owner.set(key, table.role);
        }
      }
      for (const words of Object.values(table.stems ?? {})) {
        for (const stem of words) expect([stem, classifyHeader(`${stem} (hrs)`)?.role]).toEqual([stem, table.role]);
      }
    }
  });

  it('names the accepted headers of a role for messages', () => {
    expect(acceptedHeaders('created')).toMatch(/"Created at".*"Date Entered".*French, Dutch, Italian or German/);
    expect(acceptedHeaders('firstResponseTime')).toMatch(/"First response time \(hrs\)".*unit/);
  });
});
