/** Every built-in rule, in documentation order. */
import type { LintRule } from '../define-lint-rule.js'
import { accidentalEmphasis } from './markdown-accidental-emphasis.js'
import { unparsedEmphasis } from './markdown-unparsed-emphasis.js'
import { markdownHighlight } from './markdown-highlight.js'
import { softBreak } from './markdown-soft-break.js'
import { indentedProse } from './markdown-indented-prose.js'
import { headingColon, headingSkip } from './markdown-headings.js'
import { characterLimit, digestLength, imageCount, wordCount } from './length-rules.js'
import { digestMissing } from './digest-missing.js'
import {
  bodyAbsoluteTerms,
  bodyClickbait,
  titleAbsoluteTerms,
  titleClickbait,
  titleLength,
  titlePunctuation,
} from './title-rules.js'
import { cjkSpacing, punctuationWidth } from './typography-autocorrect.js'
import { brackets } from './typography-brackets.js'
import { ellipsis } from './typography-ellipsis.js'
import { productName } from './typography-product-name.js'
import { invisibleCharacters } from './typography-invisible-characters.js'
import { quotes } from './typography-quotes.js'
import { repeatedPunctuation } from './typography-repeated-punctuation.js'
import { spaceBeforeFullwidth } from './typography-space-before-fullwidth.js'
import { typo } from './typography-typo.js'
import { wrongDate } from './body-wrong-date.js'

export const RULES: readonly LintRule[] = [
  titleLength,
  titlePunctuation,
  titleClickbait,
  titleAbsoluteTerms,
  bodyAbsoluteTerms,
  bodyClickbait,
  wrongDate,
  wordCount,
  characterLimit,
  imageCount,
  digestMissing,
  digestLength,
  cjkSpacing,
  punctuationWidth,
  ellipsis,
  repeatedPunctuation,
  quotes,
  brackets,
  spaceBeforeFullwidth,
  productName,
  typo,
  invisibleCharacters,
  unparsedEmphasis,
  markdownHighlight,
  accidentalEmphasis,
  softBreak,
  indentedProse,
  headingSkip,
  headingColon,
]
