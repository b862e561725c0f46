/**
 * GitHub Actions workflows for a wxpress site, written by `wxpress init` (and kept in sync with
 * this repository's own .github/workflows/wxpress-check.yml by a test).
 */
/** Checkout (full history when the job needs git: --changed, the commit that added an article), Node 20, npm ci. */
function setup(fullHistory: boolean): string {
  return [
    '      - uses: actions/checkout@v4',
    ...(fullHistory ? ['        with:', '          fetch-depth: 0'] : []),
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    '          cache: npm',
    '      - run: npm ci',
    '',
  ].join('\n')
}

export const CHECK_WORKFLOW = `# wxpress: check every pull request that touches articles.
# Annotations land on the exact lines; one sticky comment lists every finding and the push plan.
name: wxpress check
on:
  pull_request:
    paths: ['content/**', 'themes/**', 'wxpress.config.*']
permissions:
  contents: read
  pull-requests: write
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
${setup(true)}      - name: Check the changed articles
        run: npx wxpress check --changed "origin/\${{ github.base_ref }}" --format github
      - name: Report and preview
        if: always()
        run: |
          npx wxpress check --changed "origin/\${{ github.base_ref }}" --format markdown > wxpress-report.md || true
          npx wxpress plan --format markdown >> wxpress-report.md || true
          cat wxpress-report.md >> "$GITHUB_STEP_SUMMARY"
          npx wxpress render --out wxpress-preview || true
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: wxpress-preview
          path: wxpress-preview
      - name: Sticky comment
        if: always()
        env:
          GH_TOKEN: \${{ github.token }}
        run: gh pr comment "\${{ github.event.pull_request.number }}" --body-file wxpress-report.md --edit-last || gh pr comment "\${{ github.event.pull_request.number }}" --body-file wxpress-report.md
`

export const PUBLISH_WORKFLOW = `# wxpress: after merge, upload images and prepare drafts; every 15 minutes, send what is due.
# The ledger (.wxpress/state) is committed back so a push is never sent twice.
name: wxpress publish
on:
  push:
    branches: [main]
    paths: ['content/**']
  schedule:
    - cron: '*/15 * * * *'
  workflow_dispatch:
permissions:
  contents: write
concurrency:
  group: wxpress-publish
  cancel-in-progress: false
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
${setup(false)}      - name: Publish what is due
        env:
          WECHAT_APP_ID: \${{ secrets.WECHAT_APP_ID }}
          WECHAT_APP_SECRET: \${{ secrets.WECHAT_APP_SECRET }}
        run: npx wxpress publish
      - name: Commit the ledger
        if: always()
        run: |
          git add .wxpress/state || true
          if ! git diff --cached --quiet; then
            git -c user.name="wxpress" -c user.email="wxpress@users.noreply.github.com" commit -m "wxpress: update publish ledger"
            git push
          fi
`

export const STATS_WORKFLOW = `# wxpress: every morning, read the statistics of sent articles and post them on each article's PR.
name: wxpress stats
on:
  schedule:
    - cron: '30 1 * * *'
  workflow_dispatch:
permissions:
  contents: write
  pull-requests: write
jobs:
  stats:
    runs-on: ubuntu-latest
    steps:
${setup(true)}      - name: Collect and post statistics
        env:
          WECHAT_APP_ID: \${{ secrets.WECHAT_APP_ID }}
          WECHAT_APP_SECRET: \${{ secrets.WECHAT_APP_SECRET }}
          GITHUB_TOKEN: \${{ github.token }}
        run: npx wxpress stats --post
      - name: Commit the ledger
        run: |
          git add .wxpress/state || true
          if ! git diff --cached --quiet; then
            git -c user.name="wxpress" -c user.email="wxpress@users.noreply.github.com" commit -m "wxpress: update statistics"
            git push
          fi
`
