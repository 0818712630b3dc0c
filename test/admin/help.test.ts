import { describe, expect, it } from 'vitest';
import { COMMANDS, commandTableMarkdown, helpText } from '../../src/admin/index.js';
import { ROLES } from '../../src/db/schema.js';
import { addMember, harness, say } from './support.js';

describe('#帮助', () => {
  const helped = COMMANDS.filter((c) => c.inHelp !== false);

  it.each(ROLES)('shows a %s exactly the commands the table gives that role', (role) => {
    const text = helpText(role);
    for (const entry of helped) {
      if (entry.roles.includes(role)) expect(text, entry.usage).toContain(entry.usage);
      else expect(text, entry.usage).not.toContain(entry.usage);
    }
  });

  it('differs by role: admins see #绑定, residents see how to ask a legal question and 需要调解', () => {
    expect(helpText('admin')).toContain('#绑定');
    expect(helpText('resident')).not.toContain('#绑定');
    expect(helpText('resident')).toMatch(/法律/);
    expect(helpText('resident')).toContain('需要调解');
    expect(helpText('resident')).toContain('@我');
    expect(helpText('worker')).toContain('#周报');
    expect(helpText('worker')).not.toContain('#台账 导出');
    expect(new Set(ROLES.map((r) => helpText(r))).size).toBe(ROLES.length);
  });

  it('never lists #认领 (the inviting admin tells people about it)', () => {
    for (const role of ROLES) expect(helpText(role)).not.toContain('#认领');
  });

  it('answers through the route, with # or ＃ and spaces', async () => {
    const h = await harness();
    const admin = await addMember(h.db, '王书记', 'admin');
    const resident = await addMember(h.db, '李大姐', 'resident');
    const a = await say(h, admin, '＃　帮助');
    expect(a.route).toBe('#帮助');
    expect(a.replies[0]).toContain('#成员 列表');
    const r = await say(h, resident, ' #帮助 ');
    expect(r.replies[0]).toContain('法律');
    expect(r.replies[0]).not.toContain('#成员');
    await h.close();
  });

  it('has one entry per usage and only known roles', () => {
    const usages = COMMANDS.map((c) => c.usage);
    expect(new Set(usages).size).toBe(usages.length);
    for (const c of COMMANDS) for (const r of c.roles) expect(ROLES).toContain(r);
    for (const c of COMMANDS) expect(c.name === null || c.usage.startsWith(`#${c.name}`)).toBe(true);
  });
});

describe('README command table', () => {
  it('has one row per table entry, with who may use it', () => {
    const md = commandTableMarkdown();
    const rows = md.split('\n').slice(2);
    expect(rows).toHaveLength(COMMANDS.length);
    expect(rows.find((r) => r.includes('#绑定 本群 管理群'))).toContain('| 管理员 | 要绑定的群里 |');
    expect(rows.find((r) => r.includes('#回访'))).toContain('满意\\|基本满意\\|不满意');
    expect(rows.find((r) => r.includes('问法律问题'))).toContain('所有人');
  });
});
