import type { OrganisationTree } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';

export default class OrgsTree extends ApiCommand {
  static operationIds = ['getOrganisationTree'];

  static override summary = 'Show your organisation and everything below it as a tree.';

  static override description =
    "Prints the client's own organisation with its descendants, one per line as CODE  NAME, " +
    'each child indented under its parent. Under --json it prints the API tree, with the ' +
    'descendants nested under "children".';

  static override examples = [
    { description: 'Show your organisation tree.', command: 'vdx orgs tree' },
    { description: 'Print the tree as JSON.', command: 'vdx orgs tree --json' },
  ];

  async run(): Promise<OrganisationTree> {
    const { flags } = await this.parse(OrgsTree);
    const client = await this.clientForProfile(flags);
    const tree = await client.organisations.tree();
    this.log(formatTree(tree).join('\n'));
    return tree;
  }
}

/**
 * Formats the tree one organisation per line, drawn as the Unix `tree` command draws
 * directories. Each child sits below its parent behind a box-drawing branch.
 */
function formatTree(root: OrganisationTree): string[] {
  const lines = [formatNode(root)];
  appendChildren(root, '', lines);
  return lines;
}

function appendChildren(node: OrganisationTree, indent: string, lines: string[]): void {
  node.children.forEach((child, index) => {
    const last = index === node.children.length - 1;
    lines.push(`${indent}${last ? '└── ' : '├── '}${formatNode(child)}`);
    appendChildren(child, `${indent}${last ? '    ' : '│   '}`, lines);
  });
}

function formatNode(node: OrganisationTree): string {
  return `${node.code}  ${node.name}`;
}
