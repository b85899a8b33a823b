import { newId } from '../packages/server/src/clock';
import type { Db } from '../packages/server/src/db/connect';
import { nextVersion } from '../packages/server/src/db/version';

/**
 * A large program for benchmarks: a province of `districts` × `clusters` clusters × `schools`
 * schools, with `teachers` per cluster (PTMP: 30–40) in one cluster group with its mentor.
 */
export interface Scale {
  districts: number;
  clusters: number;
  schools: number;
  teachers: number;
}

export async function generate(db: Db, scale: Scale) {
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const version = await nextVersion(trx);
    const meta = () => ({ id: newId(), createdAt: now, updatedAt: now, deletedAt: null, version });
    const batches: Record<string, object[]> = {
      orgUnits: [],
      persons: [],
      roleAssignments: [],
      groups: [],
      groupMembers: [],
    };
    const program = {
      ...meta(),
      name: 'Bench program',
      model: 'cluster',
      levelNames: '["province","district","cluster","school"]',
      locales: '["ur","en"]',
      settings: '{"clusterMeetingDaysPerMonth":2,"maxMenteesPerMentor":40}',
      rootOrgUnitId: null as string | null,
    };
    const root = {
      ...meta(),
      programId: program.id,
      parentId: null,
      name: 'Province',
      kind: 'province',
      emisCode: null,
      path: '',
    };
    root.path = `/${root.id}/`;
    program.rootOrgUnitId = root.id;
    await trx.insertInto('programs').values(program).execute();
    batches.orgUnits?.push(root);
    let n = 0;
    const mentors: { personId: string; groupId: string }[] = [];
    for (let d = 0; d < scale.districts; d++) {
      const district = {
        ...meta(),
        programId: program.id,
        parentId: root.id,
        name: `District ${d}`,
        kind: 'district',
        emisCode: null,
        path: '',
      };
      district.path = `${root.path}${district.id}/`;
      batches.orgUnits?.push(district);
      for (let c = 0; c < scale.clusters; c++) {
        const cluster = {
          ...meta(),
          programId: program.id,
          parentId: district.id,
          name: `Cluster ${d}-${c}`,
          kind: 'cluster',
          emisCode: null,
          path: '',
        };
        cluster.path = `${district.path}${cluster.id}/`;
        batches.orgUnits?.push(cluster);
        const schools = Array.from({ length: scale.schools }, (_, s) => {
          const school = {
            ...meta(),
            programId: program.id,
            parentId: cluster.id,
            name: `School ${d}-${c}-${s}`,
            kind: 'school',
            emisCode: `B-${d}-${c}-${s}`,
            path: '',
          };
          school.path = `${cluster.path}${school.id}/`;
          batches.orgUnits?.push(school);
          return school;
        });
        const group = {
          ...meta(),
          programId: program.id,
          kind: 'cluster',
          name: `Cluster ${d}-${c} group`,
          orgUnitId: cluster.id,
        };
        batches.groups?.push(group);
        for (let t = 0; t <= scale.teachers; t++) {
          const school = schools[t % schools.length] as (typeof schools)[number];
          const person = {
            ...meta(),
            programId: program.id,
            fullName: `Teacher ${++n}`,
            gender: n % 2 ? 'female' : 'male',
            subjects: '["Urdu","Mathematics"]',
            grades: '["3","4"]',
            yearsExperience: n % 30,
            phone: `0300${String(n).padStart(7, '0')}`,
            email: null,
            schoolId: school.id,
            emisId: `T-${n}`,
          };
          batches.persons?.push(person);
          const isMentor = t === 0;
          batches.roleAssignments?.push({
            ...meta(),
            personId: person.id,
            role: 'teacher',
            programId: program.id,
            orgUnitId: school.id,
          });
          if (isMentor) {
            batches.roleAssignments?.push({
              ...meta(),
              personId: person.id,
              role: 'mentor',
              programId: program.id,
              orgUnitId: cluster.id,
            });
            mentors.push({ personId: person.id, groupId: group.id });
          }
          batches.groupMembers?.push({
            ...meta(),
            groupId: group.id,
            personId: person.id,
            role: isMentor ? 'mentor' : 'mentee',
            startDate: '2026-01-01',
            endDate: null,
          });
        }
      }
    }
    for (const table of ['orgUnits', 'persons', 'roleAssignments', 'groups', 'groupMembers'] as const) {
      const rows = batches[table] as object[];
      for (let i = 0; i < rows.length; i += 500)
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + 500) as never)
          .execute();
    }
    return { programId: program.id, mentors, persons: n, schools: scale.districts * scale.clusters * scale.schools };
  });
}
