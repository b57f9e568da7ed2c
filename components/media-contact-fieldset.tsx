// The release form's "Media contact" group (issue 12.6); its fields come from the form's own field
// helper so they are controlled, validated and autosaved like every other field.
export function MediaContactFieldset({ children }: { children: React.ReactNode }) {
  return (
    <fieldset aria-describedby="media-contact-hint">
      <legend>Media contact</legend>
      <p className="hint" id="media-contact-hint">
        Optional: who journalists call about this release, shown at the end of the public page. A new release takes its
        issuer&rsquo;s last contact.
      </p>
      <div className="row">{children}</div>
    </fieldset>
  );
}
