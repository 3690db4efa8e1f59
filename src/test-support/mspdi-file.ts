/**
 * A lean MS Project XML file of `count` tasks, shaped like real exports: a summary every 100
 * tasks, the others in a finish-to-start chain within their summary (phases run side by side,
 * so the plan spans about a year whatever its size), with a second link every 7th task. About 250
 * bytes a task, as MS Project's own files (49 MB for 197,710 tasks).
 */
export function leanMspdi(count: number, name = 'Generated plan'): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<Project xmlns="http://schemas.microsoft.com/project">',
    `<Name>${name}</Name><StartDate>2030-01-07T08:00:00</StartDate><Tasks>`,
  ];
  for (let uid = 1; uid <= count; uid++) {
    const summary = uid % 100 === 1;
    const links: string[] = [];
    if (!summary && uid % 100 !== 2) links.push(link(uid - 1));
    if (!summary && uid % 7 === 0 && uid % 100 > 6) links.push(link(uid - 4));
    parts.push(
      `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>${summary ? 'Phase' : 'Task'} ${uid}</Name>` +
        `<OutlineLevel>${summary ? 1 : 2}</OutlineLevel><Summary>${summary ? 1 : 0}</Summary>` +
        `<Duration>PT${summary ? 0 : 8 + (uid % 5) * 8}H0M0S</Duration>${links.join('')}</Task>\n`,
    );
  }
  parts.push('</Tasks></Project>\n');
  return parts.join('');
}

function link(uid: number): string {
  return `<PredecessorLink><PredecessorUID>${uid}</PredecessorUID><Type>1</Type></PredecessorLink>`;
}
