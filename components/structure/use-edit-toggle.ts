"use client";

import { useEffect, useRef, useState } from "react";

/** Shows an item's edit form in place; when it closes, focus goes back to the item's Edit button. */
export function useEditToggle() {
  const [isEditing, setIsEditing] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (wasEditing.current && !isEditing) editButtonRef.current?.focus();
    wasEditing.current = isEditing;
  }, [isEditing]);

  return {
    isEditing,
    editButtonRef,
    open: () => setIsEditing(true),
    close: () => setIsEditing(false),
  };
}
