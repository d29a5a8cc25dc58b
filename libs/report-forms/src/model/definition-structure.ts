import type { PointKind } from './form-definition';
import { isNumericKind } from './form-points';

/** The shape the structural checks need; the schema has already checked field types. */
interface PointShape {
  readonly id: string;
  readonly kind: PointKind;
  readonly parentId?: string;
  readonly withdrawn?: boolean;
  readonly legalReference?: string;
  readonly legalReferenceProvenance?: string;
}

interface DefinitionShape {
  readonly parts: readonly {
    readonly number: number;
    readonly points: readonly PointShape[];
  }[];
}

export interface StructureProblem {
  readonly message: string;
  readonly path: (string | number)[];
}

const KIND_NAMES: Record<PointKind, string> = {
  count: 'antall (helt tall)',
  decimal: 'tall med én desimal',
  yesNo: 'ja/nei',
  text: 'tekst',
};

interface Located {
  readonly point: PointShape;
  readonly partIndex: number;
  readonly pointIndex: number;
  readonly partNumber: number;
}

/**
 * Checks that cannot be expressed per field: unique part numbers and point ids, parents that exist,
 * sit earlier in the same part and form no cycle, and sub-points that match their parent.
 * Messages are Norwegian because Bufdir's editors read them.
 */
export function definitionStructureProblems(
  definition: DefinitionShape,
): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const seenParts = new Set<number>();
  definition.parts.forEach((part, partIndex) => {
    if (seenParts.has(part.number)) {
      problems.push({
        message: `Del ${part.number} finnes flere ganger. Hver del må ha sitt eget nummer.`,
        path: ['parts', partIndex, 'number'],
      });
    }
    seenParts.add(part.number);
  });

  const located: Located[] = definition.parts.flatMap((part, partIndex) =>
    part.points.map((point, pointIndex) => ({
      point,
      partIndex,
      pointIndex,
      partNumber: part.number,
    })),
  );
  const byId = new Map<string, Located>();
  for (const entry of located) {
    const first = byId.get(entry.point.id);
    if (first) {
      problems.push({
        message: `Punktkoden ${entry.point.id} er brukt flere ganger (i del ${first.partNumber} og del ${entry.partNumber}). En punktkode kan bare brukes én gang.`,
        path: pointPath(entry, 'id'),
      });
    } else {
      byId.set(entry.point.id, entry);
    }
  }
  for (const entry of located) {
    problems.push(...pointProblems(entry, byId));
  }
  return problems;
}

function pointProblems(
  entry: Located,
  byId: ReadonlyMap<string, Located>,
): StructureProblem[] {
  const { point } = entry;
  const problems: StructureProblem[] = [];
  if (point.legalReferenceProvenance && !point.legalReference) {
    problems.push({
      message: `${point.id} har opphav for lovhenvisningen (legalReferenceProvenance), men ingen lovhenvisning.`,
      path: pointPath(entry, 'legalReferenceProvenance'),
    });
  }
  if (point.parentId === undefined) return problems;

  const parent = byId.get(point.parentId);
  const at = pointPath(entry, 'parentId');
  if (!parent) {
    return [
      ...problems,
      {
        message: `${point.id} viser til det overordnede punktet ${point.parentId}, som ikke finnes i skjemaet.`,
        path: at,
      },
    ];
  }
  const cycle = cycleThrough(point.id, byId);
  if (cycle) {
    // Report a cycle once, on its alphabetically first member.
    if ([...cycle].sort()[0] === point.id) {
      problems.push({
        message: `Punktene ${[...cycle, point.id].join(' → ')} er hverandres overordnede punkt. Et punkt kan ikke være underpunkt av seg selv.`,
        path: at,
      });
    }
    return problems;
  }
  if (parent.partIndex !== entry.partIndex) {
    problems.push({
      message: `${point.id} og det overordnede punktet ${parent.point.id} må stå i samme del (${point.id} står i del ${entry.partNumber}, ${parent.point.id} i del ${parent.partNumber}).`,
      path: at,
    });
  } else if (parent.pointIndex > entry.pointIndex) {
    problems.push({
      message: `${point.id} må stå etter det overordnede punktet ${parent.point.id}.`,
      path: at,
    });
  }
  const numeric = isNumericKind(point.kind) || isNumericKind(parent.point.kind);
  if (numeric && point.kind !== parent.point.kind) {
    problems.push({
      message: `${point.id} er et underpunkt av ${parent.point.id} og må være av samme type: ${KIND_NAMES[parent.point.kind]}, ikke ${KIND_NAMES[point.kind]}.`,
      path: pointPath(entry, 'kind'),
    });
  }
  if (parent.point.withdrawn && !point.withdrawn) {
    problems.push({
      message: `${point.id} kan ikke være med i skjemaet når det overordnede punktet ${parent.point.id} er tatt ut. Ta ut ${point.id} også.`,
      path: pointPath(entry, 'withdrawn'),
    });
  }
  return problems;
}

/** The chain of ids from `startId` back to itself through parents, or undefined when there is no cycle. */
function cycleThrough(
  startId: string,
  byId: ReadonlyMap<string, Located>,
): string[] | undefined {
  const chain = [startId];
  let current = byId.get(startId)?.point.parentId;
  while (current !== undefined) {
    if (current === startId) return chain;
    if (chain.includes(current)) return undefined; // a cycle further up, reported by its own members
    chain.push(current);
    current = byId.get(current)?.point.parentId;
  }
  return undefined;
}

function pointPath(entry: Located, field: string): (string | number)[] {
  return ['parts', entry.partIndex, 'points', entry.pointIndex, field];
}
