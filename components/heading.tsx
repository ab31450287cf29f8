import type { ReactNode } from "react";

interface HeadingProps {
  /** h2 or h3: both get a stable id and a visible anchor link. */
  level?: 2 | 3;
  id: string;
  title: string;
  className?: string;
  /** Shown after the title, inside the heading (a badge, say). */
  children?: ReactNode;
}

/** A section heading with its own URL (`#id`), the same markup the markdown pipeline gives. */
export function Heading({ level = 2, id, title, className = "", children }: HeadingProps) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className={`anchored ${className}`}>
      {title}
      {children}
      <a className="anchor" href={`#${id}`} aria-label={`Lien vers la section « ${title} »`}>
        #
      </a>
    </Tag>
  );
}
