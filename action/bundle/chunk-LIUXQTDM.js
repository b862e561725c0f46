import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/config/account-config.ts
function accountConfig(config, name) {
  return Object.hasOwn(config.accounts, name) ? config.accounts[name] : void 0;
}

// src/schedule/group-pushes.ts
function accountOf(article, config) {
  return article.frontmatter.account ?? config.defaultAccount;
}
function groupPushes(articles, config) {
  const groups = /* @__PURE__ */ new Map();
  for (const article of articles) {
    if (!article.slot) continue;
    const account = accountOf(article, config);
    const key = `${account}@${article.slot.epochMs}`;
    let group = groups.get(key);
    if (!group) {
      const mode = article.frontmatter.mode ?? accountConfig(config, account)?.mode ?? "draft";
      group = { key, account, slotMs: article.slot.epochMs, mode, articles: [] };
      groups.set(key, group);
    }
    group.articles.push(article);
  }
  const byOrder = config.schedule.headOrder === "order";
  for (const group of groups.values()) {
    group.articles.sort((a, b) => {
      const oa = byOrder ? a.frontmatter.order ?? Number.MAX_SAFE_INTEGER : 0;
      const ob = byOrder ? b.frontmatter.order ?? Number.MAX_SAFE_INTEGER : 0;
      return oa - ob || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
    });
    const withMode = group.articles.find((a) => a.frontmatter.mode);
    if (withMode?.frontmatter.mode) group.mode = withMode.frontmatter.mode;
  }
  return [...groups.values()].sort((a, b) => a.slotMs - b.slotMs || (a.account < b.account ? -1 : 1));
}

export {
  accountConfig,
  accountOf,
  groupPushes
};
