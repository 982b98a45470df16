/**
 * Choose files with a button, or drop them on the zone. The button is a real file input (keyboard and screen
 * reader friendly); dropping is the shortcut, never the only way.
 */
import { useRef, useState } from 'preact/hooks';

export interface FileDropProps {
  id: string;
  /** The button's text. */
  label: string;
  /** Shown in the drop zone. */
  hint?: string;
  accept?: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}

export function FileDrop({ id, label, hint, accept = '.json,application/json', multiple = false, disabled = false, onFiles }: FileDropProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (list: FileList | null | undefined) => {
    const files = list ? Array.from(list) : [];
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <div
      class="sw-drop"
      data-over={over ? 'true' : 'false'}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) take(e.dataTransfer?.files);
      }}
    >
      <input
        ref={input}
        id={id}
        class="sw-drop__input"
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={(e) => {
          const el = e.currentTarget as HTMLInputElement;
          take(el.files);
          el.value = '';
        }}
      />
      <label for={id} class="sw-button" data-variant="primary" aria-disabled={disabled ? 'true' : undefined}>
        {label}
      </label>
      {hint && <span class="sw-drop__hint">{hint}</span>}
    </div>
  );
}
