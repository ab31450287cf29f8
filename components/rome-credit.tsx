/** The credit every page made from the national referential carries, with links to the dataset and its licence. */
export function RomeCredit({
  credit,
  links,
  className = "",
}: {
  credit: string;
  links: { dataset: string; licence: string };
  className?: string;
}) {
  return (
    <p className={`text-sm text-muted ${className}`}>
      Source :{" "}
      <a href={links.dataset} rel="external noopener noreferrer">
        {credit.replace(/, Licence Ouverte 2\.0$/, "")}
      </a>
      ,{" "}
      <a href={links.licence} rel="external noopener noreferrer">
        Licence Ouverte 2.0
      </a>
      .
    </p>
  );
}
