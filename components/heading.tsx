import type { ReactNode } from "react";

interface HeadingProps {
  /** h2 or h3: both get a stable id and a visible anchor link. */
  level?: 2 | 3;
  id: string;
  title: string;
  className?: string;
  /** Makes the title itself a link (a card's heading that leads to its page). */
  href?: string;
  /** Shown after the title, inside the heading (a badge, say). */
  children?: ReactNode;
}

/** A section heading with its own URL (`#id`), the same markup the markdown pipeline gives. */
export function Heading({ level = 2, id, title, className = "", href, children }: HeadingProps) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className={`anchored ${className}`}>
      {href ? <a href={href}>{title}</a> : title}
      {children}
      <a className="anchor" href={`#${id}`} aria-label={`Lien vers la section « ${title} »`}>
        #
      </a>
    </Tag>
  );
}
