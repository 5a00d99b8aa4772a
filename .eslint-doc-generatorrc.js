/** @type {import('eslint-doc-generator').GenerateOptions} */
module.exports = {
  configEmoji: [['recommended', '✅']],
  ruleDocTitleFormat: 'desc-parens-name',
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions', 'options'],
};
