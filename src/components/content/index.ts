/**
 * The authors' kit: components every explainer can use in MDX without an import.
 * Documented in CONTRIBUTING.md ("The authors' kit").
 */
import Account from './Account.astro';
import AccountsDiffer from './AccountsDiffer.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import En from './En.astro';
import Es from './Es.astro';
import Figure from './Figure.astro';
import Glossary from './Glossary.astro';
import Image from './Image.astro';
import Link from './Link.astro';
import LocatorMap from './LocatorMap.astro';
import SingleSource from './SingleSource.astro';
import StackedRows from './StackedRows.astro';
import Term from './Term.astro';
import Timeline from './Timeline.astro';
import type { AUTHORS_KIT } from '../../lib/authors-kit';

// `satisfies`: the kit's names (src/lib/authors-kit.ts, which the build checks pages against) and these keys must agree.
export const contentComponents = {
  /** Markdown links and images: site paths get the deployment base. */
  a: Link,
  img: Image,
  Account,
  AccountsDiffer,
  Callout,
  Cite,
  En,
  Es,
  Figure,
  Glossary,
  LocatorMap,
  SingleSource,
  StackedRows,
  Term,
  Timeline,
} satisfies Record<(typeof AUTHORS_KIT)[number] | 'a' | 'img', unknown>;
