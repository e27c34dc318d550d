import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

const ALIGN = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/;

/**
 * A Markdown table's column alignment (`| ---: |`) comes out of the Markdown processor as
 * `style="text-align: right"` on each cell. The site's Content-Security-Policy allows no style
 * attribute (SPEC 9): the browser would drop the alignment and report a violation. This Sätteri
 * hast plugin writes it as a class instead (`align-right`, styled in global.css).
 */
export function tableAlign(): HastPluginDefinition[] {
  return [
    defineHastPlugin({
      name: 'cchc-table-align',
      element: {
        filter: ['th', 'td'],
        visit(node, ctx) {
          const style = node.properties?.style;
          const align = typeof style === 'string' ? ALIGN.exec(style)?.[1] : undefined;
          if (!align) return;
          ctx.setProperty(node, 'style', undefined);
          ctx.setProperty(node, 'className', [`align-${align}`]);
        },
      },
    }),
  ];
}
